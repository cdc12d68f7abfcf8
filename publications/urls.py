from django.urls import path

from . import views

app_name = "publications"

urlpatterns = [
    path("<slug:slug>/", views.PublicationDetailView.as_view(), name="detail"),
    path("<slug:slug>/download/", views.PublicationDownloadView.as_view(), name="download"),
]
