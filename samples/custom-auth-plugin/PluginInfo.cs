using Scanner.Core.Plugins;

// The API version this plugin was compiled against; readyscan refuses a plugin built for another one.
[assembly: ReadyScanPlugin(PluginApi.Version)]
