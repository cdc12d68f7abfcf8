from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("interventions", views.InterventionViewSet, basename="intervention")
router.register("publications", views.PublicationViewSet, basename="publication")
router.register("events", views.EventViewSet, basename="event")
router.register("figures", views.FigureViewSet, basename="figure")
router.register("countries", views.CountryViewSet, basename="country")
router.register("minerals", views.MineralViewSet, basename="mineral")
router.register("areas-of-work", views.AreaOfWorkViewSet, basename="areaofwork")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("topics", views.TopicViewSet, basename="topic")
router.register("languages", views.LanguageViewSet, basename="language")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    # Redoc fetched its logo from another site and needs inline styles and blob: workers; the
    # Swagger UI page documents the same schema within the site's CSP.
    path("redoc/", RedirectView.as_view(pattern_name="api-docs", permanent=True), name="api-redoc"),
    path("", include(router.urls)),
]
