from django.contrib import admin
from django.urls import include, path

from . import search_views, views

admin.site.site_header = "ASM Knowledge Portal — curation"
admin.site.site_title = "ASM Portal admin"
admin.site.index_title = "Curate interventions, publications and events"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("search/", search_views.SiteSearchView.as_view(), name="search"),
    path("interventions/", include("interventions.urls")),
    path("events/", include("events.urls")),
    path("publications/", include("publications.urls")),
    path("admin/", admin.site.urls),
]
