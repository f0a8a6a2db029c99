# Two commands for a newcomer: `make run` (everything up) and `make test` (every test).
SHELL := /bin/bash
MVN := cd backend && ./mvnw -B -q
API_PORT ?= 8080
SPA_PORT ?= 5173

.PHONY: run test test-backend test-frontend test-e2e bench crash-test build backend-jar frontend-deps openapi clean help

help:
	@echo "make run      build and start API + SPA + embedded MariaDB with demo data, print the URLs"
	@echo "make test     all tests: backend (REST Assured, real DB), contract, front-end unit, browser (Playwright)"
	@echo "make crash-test  kill -9 the API after a sandbox payment, restart, check the order is paid exactly once"
	@echo "make openapi  regenerate openapi.yaml from the code and the SPA's typed client from it"
	@echo "make bench    payment load test: 10,000 candidates open their orders at once, then poll (< 5 min)"

run: backend-jar frontend-deps
	API_PORT=$(API_PORT) SPA_PORT=$(SPA_PORT) scripts/run.sh

test: test-backend test-frontend test-e2e

test-backend:
	cd backend && ./mvnw -B -ntp test

test-frontend: frontend-deps
	cd frontend && npm run gen:api && npm test

test-e2e: backend-jar frontend-deps
	scripts/e2e.sh

# kill -9 between "the gateway took the money" and "the notification was handled": the order must end PAID once
crash-test: backend-jar
	scripts/crash-test.sh

# payment load test against a fresh API + embedded MariaDB; result in backend/target/bench/result.txt
bench: backend-jar
	scripts/bench.sh

JAR := backend/target/quarkus-app/quarkus-run.jar
backend-jar: $(JAR)

# rebuilt only when a backend source changed, so a warm `make run` starts at once
$(JAR): backend/pom.xml $(shell find backend/src/main -type f 2>/dev/null)
	$(MVN) package -DskipTests

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
		cd frontend && npm ci --no-audit --no-fund; fi

openapi: frontend-deps
	$(MVN) package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run gen:api
	@echo "openapi.yaml and frontend/src/api/schema.d.ts regenerated"

clean:
	$(MVN) clean
	rm -rf frontend/dist
