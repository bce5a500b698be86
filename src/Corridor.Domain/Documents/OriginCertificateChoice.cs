namespace Corridor.Documents;

/// <summary>The certificate-of-origin form chosen for a consignment, the reason shown on the document, and the rule (priority) that chose it.</summary>
public sealed record OriginCertificateChoice(string Form, string Reason, int RulePriority);
