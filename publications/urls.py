from django.urls import path

from . import views

app_name = "publications"

urlpatterns = [
    path("", views.PublicationListView.as_view(), name="list"),
    path("facets.json", views.PublicationFacetsView.as_view(), name="facets"),
    path("<slug:slug>/", views.PublicationDetailView.as_view(), name="detail"),
    path("<slug:slug>/download/", views.PublicationDownloadView.as_view(), name="download"),
]
