using BriefingGen.Pipeline;
using Spectre.Console;

namespace BriefingGen.Cli;

/// <summary>Shows PDF printing, the slow part of a build, as a progress bar on a terminal; says nothing otherwise.</summary>
public static class PrintProgress
{
    public static BuildResult Run(BuildOptions options, Func<BuildOptions, BuildResult> build)
    {
        if (!options.Pdf || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return build(options);
        }

        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Printing PDFs", autoStart: false);
                result = build(options with
                {
                    OnPrint = (done, total, name) =>
                    {
                        task.MaxValue = Math.Max(total, 1);
                        task.Value = done;
                        task.Description = done < total ? $"Printing {Markup.Escape(Path.GetFileName(name))}" : "Printed";
                        if (!task.IsStarted)
                        {
                            task.StartTask();
                        }
                    },
                });
            });
        return result!;
    }
}
