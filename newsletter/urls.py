from django.urls import path

from . import views

app_name = "newsletter"
urlpatterns = [
    path("digest/", views.BuilderView.as_view(), name="builder"),
    path("digests/", views.DigestListView.as_view(), name="list"),
    path("digests/<int:pk>/", views.DigestDetailView.as_view(), name="detail"),
    path("digests/<int:pk>/email.html", views.DigestEmailView.as_view(), name="email"),
    path("digests/<int:pk>/digest.<str:extension>", views.DigestDownloadView.as_view(), name="download"),
]
