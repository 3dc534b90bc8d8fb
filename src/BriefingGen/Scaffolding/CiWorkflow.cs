namespace BriefingGen.Scaffolding;

/// <summary>The CI files <c>init --ci</c> writes: build with --strict on every push, publish the site and its PDFs from the main branch.</summary>
public static class CiWorkflow
{
    /// <summary>The CI services <c>init --ci</c> knows, as named on the command line.</summary>
    public static readonly IReadOnlyList<string> Services = ["github", "gitlab"];

    /// <summary>The file a service reads its pipeline from, relative to the site folder.</summary>
    public static string PathFor(string service) => service switch
    {
        "github" => ".github/workflows/briefinggen.yml",
        "gitlab" => ".gitlab-ci.yml",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a CI service init knows"),
    };

    /// <summary>The pipeline for <paramref name="service"/>, installing the given version of the tool.</summary>
    public static string Text(string service, string version) => service switch
    {
        "github" => GitHub(version),
        "gitlab" => GitLab(version),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a CI service init knows"),
    };

    /// <summary>The version of BriefingGen that is running, as the workflows pin it (major.minor.patch).</summary>
    public static string CurrentVersion()
    {
        var version = typeof(CiWorkflow).Assembly.GetName().Version ?? new Version(0, 1, 0);
        return $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
    }

    // GitHub's own Pages workflow shape: one build job for every push and pull request, and a deploy job that only a
    // push to main runs. PDFs are printed with the runner's Google Chrome, because Ubuntu's chromium package is a snap
    // stub there. The base URL comes from configure-pages, so PDFs print the site's address and QR codes.
    private static string GitHub(string version) => $$$"""
        # Builds the site with --strict on every push and pull request, and publishes it to GitHub Pages from main.
        # Once: Settings > Pages > Build and deployment > Source: GitHub Actions.
        # The PDFs are uploaded as the "pdfs" artifact of every run.
        name: BriefingGen

        on:
          push:
          pull_request:
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: briefinggen-${{ github.ref }}
          cancel-in-progress: true

        env:
          BRIEFINGGEN_VERSION: "{{{version}}}"

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              # The whole history: a page without 'updated:' is dated by its file's last commit (a shallow clone gives none).
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install BriefingGen
                run: |
                  dotnet tool install --global BriefingGen.Tool --version "$BRIEFINGGEN_VERSION"
                  echo "$HOME/.dotnet/tools" >> "$GITHUB_PATH"
              # The runner's Google Chrome: Ubuntu 24.04's AppArmor lets only that install use its sandbox (a Chrome
              # downloaded by an action stops with "No usable sandbox").
              - name: Find Chrome (for --pdf)
                run: echo "BRIEFINGGEN_CHROMIUM=$(command -v google-chrome || command -v chromium)" >> "$GITHUB_ENV"
              - name: Install Pagefind (for search)
                run: npm install -g pagefind@1.6.0
              - name: Find the Pages address
                id: pages
                uses: actions/configure-pages@v5
              - name: Build
                run: briefinggen build --strict --pdf --base-url "${{ steps.pages.outputs.base_url }}/" --output _site
              - name: Upload the PDFs
                uses: actions/upload-artifact@v4
                with:
                  name: pdfs
                  path: _site/**/*.pdf
                  if-no-files-found: ignore
              - name: Upload the site for Pages
                if: github.event_name == 'push' && github.ref == 'refs/heads/main'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            if: github.event_name == 'push' && github.ref == 'refs/heads/main'
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;

    // GitLab publishes Pages from a job named "pages" with its site in public/; every other branch gets a check build
    // whose PDFs are kept as artifacts. CI_PAGES_URL is GitLab's address for the project's Pages. The image is Debian,
    // with the SDK from Microsoft's install script: the .NET 10 images are Ubuntu, whose chromium package is a stub that
    // installs the snap, which does not run in a container.
    private static string GitLab(string version) => $$$"""
        # Builds the site with --strict on every push (merge requests included) and publishes it to GitLab Pages from
        # the default branch. The PDFs are kept as artifacts of each job.
        image: debian:trixie-slim

        variables:
          BRIEFINGGEN_VERSION: "{{{version}}}"
          BRIEFINGGEN_CHROMIUM: /usr/bin/chromium
          GIT_DEPTH: "0"     # the whole history: pages are dated by their files' last commits
          DOTNET_ROOT: /opt/dotnet
          DOTNET_CLI_TELEMETRY_OPTOUT: "1"

        default:
          before_script:
            - apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl git libicu76 chromium nodejs npm
            - curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0 --install-dir "$DOTNET_ROOT"
            - export PATH="$DOTNET_ROOT:$PATH:$HOME/.dotnet/tools"
            - npm install -g pagefind@1.6.0
            - dotnet tool install --global BriefingGen.Tool --version "$BRIEFINGGEN_VERSION"

        build:
          stage: build
          script:
            - briefinggen build --strict --pdf --base-url "$CI_PAGES_URL/" --output _site
          artifacts:
            name: pdfs
            paths:
              - _site/**/*.pdf
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
              when: never
            - when: on_success

        pages:
          stage: deploy
          script:
            - briefinggen build --strict --pdf --base-url "$CI_PAGES_URL/" --output public
          artifacts:
            paths:
              - public/
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """;
}
