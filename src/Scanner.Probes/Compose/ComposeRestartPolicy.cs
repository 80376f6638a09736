using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Compose;

/// <summary>Every long-running service restarts on failure (<c>restart:</c> or <c>deploy.restart_policy</c>).</summary>
public sealed class ComposeRestartPolicy : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => s.IsOneShot ? [] : [Judge(context, s)], "no long-running compose service");

    private static Finding Judge(ProbeContext context, ComposeService service)
    {
        if (service.Entry("restart") is { } restart)
        {
            return restart.Value.Text is "no" or "" || restart.Value.Text == "false"
                ? context.AtLine(Outcome.Fail, service.Doc, restart.Line, $"{service.Name} is never restarted (restart: {restart.Value.Text})")
                : context.AtLine(Outcome.Pass, service.Doc, restart.Line, $"{service.Name} restarts: {restart.Value.Text}");
        }

        if (service.Node.At("deploy", "restart_policy") is { } policy)
        {
            return policy["condition"]?.Text == "none"
                ? context.AtLine(Outcome.Fail, service.Doc, policy.Line, $"{service.Name} has restart_policy condition none")
                : context.AtLine(Outcome.Pass, service.Doc, policy.Line, $"{service.Name} has a deploy restart policy");
        }

        return context.AtLine(Outcome.Fail, service.Doc, service.Line, $"{service.Name} has no restart policy: after a crash or a host reboot it stays down");
    }
}
