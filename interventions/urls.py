from django.urls import path

from . import views

app_name = "interventions"

urlpatterns = [
    path("", views.InterventionListView.as_view(), name="list"),
    path("facets.json", views.InterventionFacetsView.as_view(), name="facets"),
    path("<slug:slug>/", views.InterventionDetailView.as_view(), name="detail"),
]
