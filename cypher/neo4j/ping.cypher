// Liveness check for /health.
RETURN 1 AS ok
