// The smallest statement: the driver's and the server's fixed cost per query (API floor).
RETURN 1 AS one
