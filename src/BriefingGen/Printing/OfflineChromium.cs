namespace BriefingGen.Printing;

/// <summary>
/// The flags that start Chromium with no network: printing serves the site's files through request interception, which
/// is not network, so the browser itself is given nothing to connect to. Interception alone refuses a request only after
/// Chromium has resolved its name and opened a connection (speculative preconnects do, for frames and images too).
/// </summary>
public static class OfflineChromium
{
    /// <summary>A proxy whose name never resolves (<c>.invalid</c> is reserved for that), so every request that is not intercepted fails.</summary>
    public const string Proxy = "http://proxy.invalid:1";

    public static IReadOnlyList<string> Args { get; } =
    [
        "--proxy-server=" + Proxy,
        // Chromium sends loopback addresses around a proxy unless told not to: this removes that implicit bypass.
        "--proxy-bypass-list=<-loopback>",
        // Every name, the proxy's included, resolves to nothing, and nothing is resolved ahead of time.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--dns-prefetch-disable",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-domain-reliability",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-breakpad",
        "--disable-client-side-phishing-detection",
        "--metrics-recording-only",
        "--no-default-browser-check",
        "--no-first-run",
        "--no-pings",
        "--disable-quic",
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--force-webrtc-ip-handling-policy",
    ];
}
