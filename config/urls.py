from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from config import views

admin.site.site_header = "AHP Educator Pathways administration"
admin.site.site_title = "AHP Educator Pathways admin"
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("", views.show_home, name="home"),
    *[
        path(f"{slug}/", views.show_information_page, {"slug": slug}, name=slug)
        for slug in views.INFORMATION_PAGES
    ],
    path("healthz", views.check_health, name="healthz"),
    path("robots.txt", views.show_robots_txt, name="robots_txt"),
    path("accounts/", include("allauth.urls")),
    path("my/", include("accounts.urls")),
    path("pathway/", include("pathways.urls")),
    path("resources/", include("resources.urls")),
    path("evaluation/", include("evaluation.urls")),
    path("admin/", admin.site.urls),
]
