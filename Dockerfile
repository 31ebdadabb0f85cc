# Builds the application from this repository (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
COPY brieven brieven
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 1001 schoolverzuim
COPY --from=build /src/target/schoolverzuim-*.jar app.jar
USER schoolverzuim
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
