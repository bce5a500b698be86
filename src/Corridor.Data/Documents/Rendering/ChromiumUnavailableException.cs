namespace Corridor.Documents.Rendering;

/// <summary>Chromium is missing, does not start, or fails to print: no document can be issued until it works.</summary>
public sealed class ChromiumUnavailableException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
