# An image with the briefinggen command, Chromium (for --pdf) and Pagefind (for search), so that a forum's CI needs one
# image. Build it from the repository's root, then run it in a site's folder:
#   docker build -t briefinggen .
#   docker run --rm -v "$PWD:/site" briefinggen build --strict --pdf
# It runs as root, as CI containers do; Chromium then prints without its sandbox (BriefingGen passes --no-sandbox for
# root), which is safe here because pages are printed with scripts off and every request outside the site refused.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props ./
COPY src/ src/
RUN dotnet publish src/BriefingGen.Cli/BriefingGen.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Pagefind's npm package runs its native binary through node, so nodejs stays; the fonts are what the theme falls back on.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation nodejs npm \
 && npm install -g pagefind@1.6.0 \
 && npm cache clean --force \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN ln -s /app/BriefingGen.Cli /usr/local/bin/briefinggen
ENV BRIEFINGGEN_CHROMIUM=/usr/bin/chromium
WORKDIR /site
ENTRYPOINT ["briefinggen"]
CMD ["build", "--strict"]
