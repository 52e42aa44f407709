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
# A fixed 256 MB heap: the engine then stays near 500 MB resident through a bulk onboarding (README "Memory and
# start"); a share of the container's memory (MaxRAMPercentage) let the heap, and with it the RSS, grow to gigabytes.
ENV JAVA_OPTS="-Xmx256m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/dezky/dezky-engine.jar"]
