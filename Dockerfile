# An image with the briefinggen command, Chromium (for --pdf) and Pagefind (for search), so that a forum's CI needs one
# image. Build it from the repository's root, then run it in a site's folder:
#   docker build -t briefinggen .
#   docker run --rm -v "$PWD:/site" briefinggen build --strict --pdf
# It runs as root, as CI containers do; Chromium then prints without its sandbox (BriefingGen passes --no-sandbox for
# root), which is safe here because pages are printed with scripts off and every request outside the site refused.

# The SDK publishes the command self-contained (.NET and ASP.NET Core inside), for the platform being built.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /source
COPY Directory.Build.props ./
COPY src/ src/
RUN dotnet publish src/BriefingGen.Cli/BriefingGen.Cli.csproj -c Release -a $TARGETARCH --self-contained -o /app

# Debian, not the .NET runtime images: those are Ubuntu since .NET 10, where the chromium package is only a stub that
# installs the snap, which does not run in a container. ICU and certificates are what .NET needs beside glibc;
# Pagefind's npm package runs its native binary through node, so nodejs stays; the fonts are the theme's fallbacks.
FROM debian:trixie-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libicu76 tzdata chromium fonts-dejavu-core fonts-liberation nodejs npm \
 && npm install -g pagefind@1.6.0 \
 && npm cache clean --force \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN ln -s /app/BriefingGen.Cli /usr/local/bin/briefinggen
ENV BRIEFINGGEN_CHROMIUM=/usr/bin/chromium
WORKDIR /site
ENTRYPOINT ["briefinggen"]
CMD ["build", "--strict"]
