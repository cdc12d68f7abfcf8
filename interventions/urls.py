from django.urls import path

from . import views

app_name = "interventions"

urlpatterns = [
    path("<slug:slug>/", views.InterventionDetailView.as_view(), name="detail"),
]
