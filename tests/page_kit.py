"""What a visitor's browser gets: a page's HTML, the titles a listing shows, a page's schema.org JSON-LD."""

import json
import re


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def titles(response):
    return [p.title for p in response.context["page_obj"]]


def json_ld(client, url):
    html = client.get(url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)), html
