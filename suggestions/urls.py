from django.urls import path

from . import views
from .models import SEGMENTS, Suggestion

app_name = "suggestions"
urlpatterns = [
    path("", views.SuggestView.as_view(kind=Suggestion.Kind.NEW_RECORD), name="record"),
    path("about/", views.SuggestView.as_view(), name="about"),
    path("thanks/", views.ThanksView.as_view(), name="thanks"),
    # /suggest/publications/<slug>/: a correction to a published record, named by its type and slug.
    *(
        path(
            f"{segment}/<slug:slug>/", views.SuggestView.as_view(record_type=record_type.value), name=record_type.value
        )
        for record_type, segment in SEGMENTS.items()
    ),
]
