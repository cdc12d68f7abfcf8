"""Who may do what and how the site defends itself: staff roles, two-factor sign-in, the admin
site, request screening, client addresses, response headers and the CSP's hashes."""
