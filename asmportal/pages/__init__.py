"""The site's own pages: home, search, profiles, the gap map and world map, sitemaps."""
