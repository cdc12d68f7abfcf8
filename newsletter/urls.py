from django.urls import path

from . import sending_views, views

app_name = "newsletter"
urlpatterns = [
    path("digest/", views.BuilderView.as_view(), name="builder"),
    path("digests/", views.DigestListView.as_view(), name="list"),
    path("digests/<int:pk>/", views.DigestDetailView.as_view(), name="detail"),
    path("digests/<int:pk>/email.html", views.DigestEmailView.as_view(), name="email"),
    path("digests/<int:pk>/digest.<str:extension>", views.DigestDownloadView.as_view(), name="download"),
    path("digests/<int:pk>/send-test/", sending_views.SendTestView.as_view(), name="send-test"),
    path("digests/<int:pk>/send/", sending_views.SendView.as_view(), name="send"),
    path("subscribers.csv", sending_views.SubscribersCsvView.as_view(), name="subscribers-csv"),
]
