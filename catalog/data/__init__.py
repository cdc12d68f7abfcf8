"""Seed data files and translations of the seeded vocabularies, as plain data (no Django imports)."""
