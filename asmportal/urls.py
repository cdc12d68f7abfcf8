from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from .operations import availability
from .pages import about, gap_map, profiles
from .pages import home as views
from .pages import search as search_views
from .pages.sitemaps import SITEMAPS

# Pages, feeds, calendars and exports in each interface language: English at the root, French
# under /fr/ and Spanish under /es/. The rest of each address (slugs, codes, query strings) is the
# same in every language, so a query means the same records everywhere.
urlpatterns = i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("about/", about.AboutView.as_view(), name="about"),
    path("search/", search_views.SiteSearchView.as_view(), name="search"),
    path("organisations/<slug:slug>/", profiles.OrganisationProfileView.as_view(), name="organisation-profile"),
    path("people/<slug:slug>/", profiles.PersonProfileView.as_view(), name="person-profile"),
    path("countries/<str:iso2>/", profiles.CountryProfileView.as_view(), name="country-profile"),
    path("minerals/<slug:slug>/", profiles.MineralProfileView.as_view(), name="mineral-profile"),
    path("areas/<slug:slug>/", profiles.AreaProfileView.as_view(), name="area-profile"),
    path("gap-map/", gap_map.GapMapView.as_view(), name="gap-map"),
    path("gap-map/export.csv", gap_map.GapMapCsvView.as_view(), name="gap-map-csv"),
    path("interventions/", include("interventions.urls")),
    path("events/", include("events.urls")),
    path("publications/", include("publications.urls")),
    path("", include("newsletter.public_urls")),
    path("newsletter/", include("newsletter.urls")),
    path("suggest/", include("suggestions.urls")),
    path(settings.ADMIN_PATH, admin.site.urls),
    prefix_default_language=False,
)
# Machine addresses answer the same in every language: the API's keys and values stay English.
urlpatterns += [
    path("api/", include("asmportal.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path(".well-known/security.txt", views.security_txt, name="security-txt"),
    path("healthz", availability.healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin, the email preview).
    path("favicon.ico", views.favicon, name="favicon"),
]

handler404 = "asmportal.operations.availability.not_found"
handler500 = "asmportal.operations.availability.server_error"

if settings.BENCHMARK_FLOOR:
    urlpatterns.append(path("_bench/floor/", views.benchmark_floor))
