# Corridor as a container image: build with the .NET SDK, run on the ASP.NET Core runtime (Debian) as a non-root user,
# with Debian's Chromium and fonts for the PDFs of documents and reports. docs/operations.md explains the settings.
#   docker build -t corridor .
#   docker run -p 8080:8080 -e CORRIDOR_DATABASE="Host=db;Database=corridor;Username=corridor;Password=..." corridor
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Corridor.slnx ./
COPY src/Corridor.Domain/Corridor.Domain.csproj src/Corridor.Domain/
COPY src/Corridor.Data/Corridor.Data.csproj src/Corridor.Data/
COPY src/Corridor/Corridor.csproj src/Corridor/
RUN dotnet restore src/Corridor/Corridor.csproj
COPY src/ src/
RUN dotnet publish src/Corridor/Corridor.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The reference data (document rules, the demo's scenario) is found next to the executable.
COPY data/reference/ ./data/reference/
ENV ASPNETCORE_URLS=http://+:8080 \
    CORRIDOR_HOME=/var/lib/corridor \
    CORRIDOR_CHROMIUM=/usr/bin/chromium \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
RUN mkdir -p /var/lib/corridor && chown app:app /var/lib/corridor
# The image's unprivileged user (uid 1654); nothing runs as root.
USER app
VOLUME /var/lib/corridor
EXPOSE 8080
# Readiness through bash's /dev/tcp (the runtime image has no curl): the first line of the answer must say 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "/app/corridor.dll"]
CMD ["serve"]
