using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>One file's import of a package: the file and the import (with the names it binds).</summary>
public sealed record PackageImport(SourceDocument Doc, JsImport Import);
