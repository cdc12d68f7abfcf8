"""The public addresses of alerts and the newsletter (the staff's digest pages are in urls.py)."""

from django.urls import path

from . import subscribing as views

app_name = "subscriptions"
urlpatterns = [
    path("alerts/<slug:scope>/", views.AlertView.as_view(), name="alert"),
    path("newsletter/subscribe/", views.NewsletterSignUpView.as_view(), name="newsletter"),
    path("subscriptions/", views.ManageLinkView.as_view(), name="ask-link"),
    path("subscriptions/check-your-inbox/", views.SentView.as_view(), name="sent"),
    path("subscriptions/confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("subscriptions/unsubscribe/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
    path("subscriptions/manage/<str:token>/", views.ManageView.as_view(), name="manage"),
    path("subscriptions/manage/<str:token>/my-data.json", views.DataView.as_view(), name="data"),
]
