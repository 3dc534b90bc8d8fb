namespace BriefingGen.Cli.Serve;

/// <summary>
/// The script <c>serve</c> adds to every page it serves: reload on a good build, an error overlay on a bad one. Each
/// event's data is a JSON string (<see cref="ServerEvent.ToEventStream"/>).
/// </summary>
public static class ReloadClient
{
    public const string Path = "/__briefinggen/client.js";
    public const string EventsPath = "/__briefinggen/events";
    public const string Tag = "<script src=\"" + Path + "\"></script>";

    public const string Script = """
        (() => {
          let overlay = null;
          const show = text => {
            if (!overlay) {
              overlay = document.createElement('div');
              overlay.id = 'briefinggen-error-overlay';
              overlay.setAttribute('role', 'alert');
              overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,0,0,.92);color:#fff;' +
                'font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap';
              document.body.appendChild(overlay);
            }
            overlay.textContent = 'BriefingGen: the build failed\n\n' + text + '\n\nFix the file and save: this page reloads by itself.';
          };
          const events = new EventSource('/__briefinggen/events');
          let connected = false;
          events.addEventListener('reload', () => { if (connected) location.reload(); connected = true; });
          events.addEventListener('build-error', e => { connected = true; show(JSON.parse(e.data)); });
        })();
        """;
}
