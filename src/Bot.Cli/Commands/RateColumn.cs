using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Bot.Cli.Commands;

/// <summary>A progress column with items done of total and the rate, such as <c>1,200/2,000  27.4/s</c>.</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var rate = task.Speed is double speed ? speed.ToString("0.0", CultureInfo.InvariantCulture) : "–";
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}  {rate}/s"), Style.Plain);
    }
}
