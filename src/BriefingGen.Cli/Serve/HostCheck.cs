using Microsoft.AspNetCore.Http;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// The Host names the preview answers to: loopback's and the <c>--host</c> it listens on, each bare or with the port the
/// request came in on. A page elsewhere can point a DNS name of its own at 127.0.0.1 (DNS rebinding) and read what the
/// preview serves; its requests carry that name as their Host and are refused.
/// </summary>
internal sealed class HostCheck(string listenHost)
{
    private readonly string[] _names = ["localhost", "127.0.0.1", "[::1]", listenHost.Contains(':') ? $"[{listenHost.Trim('[', ']')}]" : listenHost];

    public bool Allows(HttpContext context)
    {
        var host = context.Request.Host.Value ?? "";
        var port = ":" + context.Connection.LocalPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _names.Any(name => host.Equals(name, StringComparison.OrdinalIgnoreCase) || host.Equals(name + port, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Answers 403 with a short plain-text reason, or passes the request on.</summary>
    public async Task FilterAsync(HttpContext context, RequestDelegate next)
    {
        if (Allows(context))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("This preview answers only to localhost, 127.0.0.1 and [::1].\n");
    }
}
