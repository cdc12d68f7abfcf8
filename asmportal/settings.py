"""Settings for the ASM Knowledge Portal, read from the environment.

Development needs nothing set: DEBUG defaults to on and the database is a SQLite file.
Production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see README).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from .security.csp_hashes import ALLOWED_SCRIPT_ATTRIBUTE_HASHES, ALLOWED_STYLE_ATTRIBUTE_HASHES

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # A fixed key is only tolerable because it can never reach a DEBUG-off deployment.
    SECRET_KEY = "django-insecure-development-only-key-asmportal"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Django's admin with our site in place of the default one: sign-in asks for a second factor.
    "asmportal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "import_export",
    "simple_history",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_tasks_db",
    # Our floors, lowest first (see DESIGN.md): each imports only from those above it here.
    "asmportal.background",
    "catalog",
    "interventions",
    "events",
    "publications",
    "figures",
    "asmportal",
    "newsletter",
    "suggestions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above whitenoise, so static files get the same headers as pages.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "asmportal.security.headers.BrowserPolicyMiddleware",
    "asmportal.security.bad_requests.RefuseNulInPathMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages and feeds are compressed here (static files come compressed from whitenoise, above).
    # BREACH needs a secret in a compressed body an attacker can also inject into: public pages hold
    # none, and on staff pages the one secret, the CSRF token, is masked afresh on every response.
    "django.middleware.gzip.GZipMiddleware",
    "asmportal.operations.http_cache.CacheHeadersMiddleware",
    "catalog.timing.ServerTimingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address alone (/fr/..., /es/..., none for English), never from a
    # cookie or Accept-Language, so a shared link and a crawler get what they asked for.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Every write in the request is judged as this user's (who may publish): catalog.editorial.
    "catalog.editorial.EditorialActorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# A Server-Timing header (database, facets, template) on every response: developer tools and
# `make bench` read it. It tells a visitor only how long their own request took.
SERVER_TIMING = env_bool("SERVER_TIMING", default=DEBUG)
# `make bench` only: serve /_bench/floor/, the smallest Django view, as the speed floor to compare with.
BENCHMARK_FLOOR = env_bool("BENCHMARK_FLOOR", default=False)

ROOT_URLCONF = "asmportal.urls"
WSGI_APPLICATION = "asmportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "asmportal.pages.languages.context",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsletter.context_processors.digest_builder",
                "django.template.context_processors.csp",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The web server, the task worker and the scheduler share the file: writers wait their turn
    # (rather than failing at once), and readers never wait for a writer (write-ahead log).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", 20)
    # A transaction takes the write lock when it begins, so it waits its turn; one that read first
    # and wrote later would instead fail at once with "database is locked" when another process writes.
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHE_URL = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if CACHE_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}

# Background work runs on Django's tasks framework. The database queue is the default, so `make run`
# needs nothing else installed (`manage.py db_worker`); TASKS_URL (or REDIS_URL) moves it to Redis,
# whose workers are `manage.py rqworker --with-scheduler` (the scheduler runs deferred retries).
TASKS_URL = os.environ.get("TASKS_URL") or os.environ.get("REDIS_URL")
if TASKS_URL:
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": TASKS_URL}}
    RQ = {"JOB_CLASS": "django_tasks_rq.Job"}  # the worker runs django.tasks' tasks, not bare functions
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Periodic jobs, enqueued once per interval by `manage.py run_scheduler` (asmportal.background.schedule):
# name → (task, seconds between runs).
SCHEDULE = {
    "send-alerts": ("newsletter.tasks.send_due_alerts", int(os.environ.get("ALERTS_EVERY_SECONDS", "900"))),
    "resume-newsletter-sends": ("newsletter.tasks.resume_sends", int(os.environ.get("RESUME_EVERY_SECONDS", "120"))),
    "purge-unconfirmed": ("newsletter.tasks.purge_unconfirmed", 86400),
    "forget-old-runs": ("asmportal.background.jobs.forget_old_runs", 86400),
    "notify-curators": (
        "suggestions.tasks.notify_curators",
        int(os.environ.get("SUGGESTIONS_NOTIFY_EVERY_SECONDS", "3600")),
    ),
}

# django-axes counts failed sign-ins before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failures count per username *and* address together: someone guessing from elsewhere cannot lock a
# curator out of their own desk, and any lockout lifts by itself after the cool-off.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # every failed sign-in stays listed in the admin
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "asmportal.security.client_address.client_address"
# Behind a reverse proxy, how many proxies append to X-Forwarded-For (the client is that many from the right).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1" if env_bool("BEHIND_TLS_PROXY") else "0"))

# Two-factor sign-in (TOTP apps, with one-off recovery codes): optional for staff, required for
# superusers in production. OTP_REQUIRED_FOR_SUPERUSERS=0 lifts the requirement.
OTP_REQUIRED_FOR_SUPERUSERS = env_bool("OTP_REQUIRED_FOR_SUPERUSERS", default=not DEBUG)
OTP_TOTP_ISSUER = "ASM Knowledge Portal"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # a superuser never sees another person's secret key

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English is the default and has no prefix; French lives under /fr/ and Spanish under /es/
# (asmportal.urls). Translations: locale/<lang>/LC_MESSAGES/django.po, compiled by `make messages`.
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English"), ("fr", "Français"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["asmportal.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# Addresses without a scheme in linkified text (the browsable API) get https, as Django 2028 will default to.
URLIZE_ASSUME_HTTPS = True

# Staff pages outside the admin (the digest builder) sign in through the admin's login page.
LOGIN_URL = "admin:login"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Uploaded publications are reports, often tens of megabytes.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000

# Development prints mail to the console; production sends through SMTP (MAILERS is Django 6.1's form).
if DEBUG and not os.environ.get("EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": int(os.environ.get("EMAIL_PORT", "25")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS"),
            },
        }
    }
# Where mail sent without a request (alerts, newsletters, suggestions) links to: the public address.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The portal as an IATI reporting organisation (interventions/export.iati.xml): its organisation identifier
# (set it to the one registered for the publisher) and name. Activities without an IATI identifier of their
# own are identified as "<ref>-<slug>".
IATI_REPORTING_ORG_REF = os.environ.get("IATI_REPORTING_ORG_REF", "XI-ASMPORTAL")
IATI_REPORTING_ORG_NAME = os.environ.get("IATI_REPORTING_ORG_NAME", "ASM Knowledge Portal")
# Newsletter sending: how many emails a minute at most, so the mail server (and its reputation) is spared.
NEWSLETTER_RATE_PER_MINUTE = int(os.environ.get("NEWSLETTER_RATE_PER_MINUTE", "120"))
# A newsletter send not heard from for this long has lost its worker; the scheduler resumes it.
NEWSLETTER_STALL_SECONDS = int(os.environ.get("NEWSLETTER_STALL_SECONDS", "180"))
# Sign-ups (alerts, newsletter, the management link) an hour, per client address and per email address.
SUBSCRIBE_LIMIT_PER_CLIENT = int(os.environ.get("SUBSCRIBE_LIMIT_PER_CLIENT", "20"))
SUBSCRIBE_LIMIT_PER_ADDRESS = int(os.environ.get("SUBSCRIBE_LIMIT_PER_ADDRESS", "5"))
# How long a confirmation link works; unconfirmed subscriptions are deleted after it.
SUBSCRIPTION_CONFIRM_DAYS = int(os.environ.get("SUBSCRIPTION_CONFIRM_DAYS", "7"))
# Suggestions from visitors: how many one client address, and one email address, may send per window.
SUGGESTIONS_PER_CLIENT = int(os.environ.get("SUGGESTIONS_PER_CLIENT", "10"))
SUGGESTIONS_PER_EMAIL = int(os.environ.get("SUGGESTIONS_PER_EMAIL", "5"))
SUGGESTIONS_THROTTLE_WINDOW = int(os.environ.get("SUGGESTIONS_THROTTLE_WINDOW", "3600"))  # seconds
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ASM Knowledge Portal <portal@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Portal admins", addr) for addr in env_list("ADMIN_EMAILS")]
# Where visitors send suggestions and corrections (the About page and the footer link to it).
EDITORS_EMAIL = os.environ.get("EDITORS_EMAIL") or next(iter(env_list("ADMIN_EMAILS")), "")
# Where reports of security problems go (/.well-known/security.txt): mailto: or https: addresses.
# Without any, the file is not served and `check --deploy` warns.
SECURITY_CONTACTS = env_list("SECURITY_CONTACTS") or [f"mailto:{addr}" for addr in env_list("ADMIN_EMAILS")]

# The admin's address; a less guessable one keeps it out of scanners' way (it stays behind a login).
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin/").strip("/") + "/"

# Production hardening; all of it is inert under DEBUG so local http keeps working.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY") else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe it over plain http
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
# The __Host- prefix pins a cookie to this exact host over HTTPS (no Domain, Path=/); browsers refuse
# it without Secure, so plain-http development keeps the usual names.
SESSION_COOKIE_NAME = "__Host-sessionid" if SESSION_COOKIE_SECURE else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if CSRF_COOKIE_SECURE else "csrftoken"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # no script of ours reads it: forms carry the token
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy, in development too so a violation shows up before it ships. Nothing may
# load but our own files; inline <script> and <style> run only with the request's nonce, and no
# public template uses one: whole public pages are cached and shared between visitors.
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    # A handful of attributes in third-party staff templates, allowed by their exact text (csp_hashes.py).
    "script-src-attr": [CSP.UNSAFE_HASHES, *ALLOWED_SCRIPT_ATTRIBUTE_HASHES],
    "style-src-attr": [CSP.UNSAFE_HASHES, *ALLOWED_STYLE_ATTRIBUTE_HASHES],
    "img-src": [CSP.SELF, "data:"],  # Bootstrap draws its icons as data: SVG
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "frame-src": [CSP.SELF],  # the digest's email preview
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), "
    "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
    "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()"
)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Importing needs the "add" permission of the model being imported; exporting needs "view".
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

SIMPLE_HISTORY_REVERT_DISABLED = False

# The public API is read-only and anonymous: no sessions, so no CSRF, and the same filters as the site.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_FILTER_BACKENDS": ["asmportal.api.filtering.EngineFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "asmportal.api.pagination.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ASM Knowledge Portal API",
    "DESCRIPTION": (
        "Read-only access to the published interventions, publications and dialogue events on child labour and "
        "working conditions in artisanal and small-scale mining, and to the vocabularies that classify them. "
        "List endpoints take the same query string as the browse pages: q, one repeatable parameter per facet "
        "(OR within a facet, AND across facets), year_from, year_to, sort, page."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "asmportal.api.schema.strict_openapi_30",
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Curators exchange spreadsheets as CSV or Excel; nothing else is offered.
from import_export.formats.base_formats import CSV, JSON, XLSX  # noqa: E402

IMPORT_FORMATS = [CSV, XLSX]
EXPORT_FORMATS = [CSV, XLSX, JSON]
