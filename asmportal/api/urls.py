from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("interventions", views.InterventionViewSet, basename="intervention")
router.register("publications", views.PublicationViewSet, basename="publication")
router.register("events", views.EventViewSet, basename="event")
router.register("countries", views.CountryViewSet, basename="country")
router.register("minerals", views.MineralViewSet, basename="mineral")
router.register("areas-of-work", views.AreaOfWorkViewSet, basename="areaofwork")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("topics", views.TopicViewSet, basename="topic")
router.register("languages", views.LanguageViewSet, basename="language")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
    path("", include(router.urls)),
]
