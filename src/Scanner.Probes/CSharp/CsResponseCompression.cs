using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>Responses are compressed: <c>AddResponseCompression</c> and <c>UseResponseCompression</c> run at startup.</summary>
public sealed class CsResponseCompression : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        CsRegistration.Judge(context, "response compression", ["AddResponseCompression"], ["UseResponseCompression"],
            "no response compression: no AddResponseCompression() / UseResponseCompression(); if a proxy compresses, this is a known exception");
}
