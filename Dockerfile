# auth-dashboard: the dashboard jar on a Temurin JRE. See docs/scale-out.md.
#   docker build -t auth-dashboard .
#   docker run -p 8080:8080 -e AUTH_DB_URL=postgresql://... -e AUTH_SESSION_STORE=redis \
#     -e REDIS_URI=redis://... -e AUTH_CSRF_SIGNATURE_KEY=... auth-dashboard
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl auth-web -am package -DskipTests -Dpmd.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin authdash
WORKDIR /app
COPY --from=build /src/auth-web/target/auth-web-0.1.0-SNAPSHOT.jar /app/auth-web.jar
# SQLite (when AUTH_DB_URL is unset) writes here; mount a volume to keep it.
RUN mkdir -p /app/data && chown authdash /app/data
USER authdash
EXPOSE 8080
# Hashing threads at a lower priority than page requests (see docs/PERFORMANCE.md).
ENTRYPOINT ["java", "-XX:ThreadPriorityPolicy=1", "-XX:MaxRAMPercentage=75", "-jar", "/app/auth-web.jar"]
