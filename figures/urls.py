from django.urls import path

from catalog.caching import conditional

from . import views

app_name = "figures"
urlpatterns = [
    path("export.csv", conditional(views.FigureCsvView.as_view()), name="export-csv"),
]
