"""The HTTP API and webhook endpoints of the notifier.

api.py assembles the application; each endpoint is a plain function in the module of its resource (notices.py,
links.py, consents.py, events.py with webhook.py), reading what it shares from `app.state` (state.py). auth.py
says who calls, errors.py answers every refusal, middleware.py limits bodies and logs requests, openapi.py
describes it all.
"""
