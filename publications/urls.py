from django.urls import path

from catalog.browse.urls import listing_urls
from catalog.caching import cached_for_visitors, conditional

from . import citation_views, syndication, views
from .record_type import PUBLICATIONS

app_name = "publications"

urlpatterns = [
    *listing_urls(PUBLICATIONS, syndication.PublicationFeed()),
    path("cite.ris", conditional(citation_views.ListCitationView.as_view(format="ris")), name="cite-list-ris"),
    path("cite.bib", conditional(citation_views.ListCitationView.as_view(format="bib")), name="cite-list-bib"),
    path("cite.json", conditional(citation_views.ListCitationView.as_view(format="json")), name="cite-list-json"),
    path("<slug:slug>/", cached_for_visitors(views.PublicationDetailView.as_view()), name="detail"),
    path("<slug:slug>/cite.ris", citation_views.PublicationCitationView.as_view(format="ris"), name="cite-ris"),
    path("<slug:slug>/cite.bib", citation_views.PublicationCitationView.as_view(format="bib"), name="cite-bib"),
    path("<slug:slug>/cite.json", citation_views.PublicationCitationView.as_view(format="json"), name="cite-json"),
    path("<slug:slug>/download/", views.PublicationDownloadView.as_view(), name="download"),
]
