"""Configuration read from policies.yml and the environment, as typed values with located errors."""
