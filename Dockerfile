# Build: a JDK with the Maven wrapper. Vaadin downloads Node itself here if the frontend
# bundles in src/main/bundles need rebuilding.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY src src
COPY frontend frontend
COPY sample-data sample-data
RUN ./mvnw -B package -DskipTests \
 && java -Djarmode=tools -jar target/jesr-desk.jar extract --destination /app
# JDK AOT cache (JEP 483/514/515): a training run starts the app, serves its sign-in page once and
# stops (jesr.aot.training); the JDK records the classes it loaded and linked, and method profiles,
# and writes the cache as it exits. The runtime image below is the same Temurin 25 release and the
# same JVM flags, which the cache requires (a mismatch only costs the speed-up).
RUN cd /app && JESR_DATA_DIR=/tmp/training java -XX:AOTCacheOutput=jesr-desk.aot -jar jesr-desk.jar \
      --server.port=0 --jesr.sample-data.load=false --jesr.backup.cron=- --jesr.aot.training=true \
 && rm -rf /tmp/training

# Run: a JRE only, as a non-root user, with the data (H2 files, later uploads and
# backups) in a volume. The extracted jar starts faster than the fat jar.
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin jesr \
 && mkdir -p /data \
 && chown jesr /data
COPY --from=build --chown=jesr /app /app
USER jesr
WORKDIR /app
ENV JESR_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/jesr-desk.aot", "-jar", "/app/jesr-desk.jar"]
