# The engine image: built from this repository, run on a JRE only.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 dezky && mkdir -p /var/lib/dezky && chown dezky /var/lib/dezky
USER dezky
ENV DEZKY_DATA_DIR=/var/lib/dezky
COPY --from=build /src/platform-api/target/dezky-engine.jar /opt/dezky/dezky-engine.jar
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD wget -qO- http://127.0.0.1:8080/actuator/health >/dev/null || exit 1
# A fixed heap (README "Memory and start"): a share of the container's memory (MaxRAMPercentage) let the heap, and
# with it the RSS, grow to gigabytes. With these flags a 500-member bulk run peaked at 433 MB resident and the engine
# was healthy 6 s after start (bench/RESULTS.md): C1 alone compiles enough for an engine that mostly waits on
# PostgreSQL and HTTP and leaves small machines' CPUs to the work; the serial collector and two malloc arenas keep
# the native part small.
ENV JAVA_OPTS="-Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k" MALLOC_ARENA_MAX=2
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/dezky/dezky-engine.jar"]
