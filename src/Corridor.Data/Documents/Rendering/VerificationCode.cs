using QRCoder;

namespace Corridor.Documents.Rendering;

/// <summary>
/// The verification link printed on an issued document, <c>{public url}/verify/{number}?h={snapshot sha256}</c>, and
/// its QR code as a PNG data URI. The hash in the link is the snapshot's: the PDF's own hash cannot be printed inside
/// the PDF it is the hash of (decision 020); <c>/verify</c> accepts either.
/// </summary>
public static class VerificationCode
{
    public static string Url(string publicUrl, string number, string sha256) =>
        $"{publicUrl.TrimEnd('/')}/verify/{number}?h={sha256}"; // numbers are A–Z, 0–9, '-' and the '/' of /A1, which the route takes as it is

    public static string QrDataUri(string text)
    {
        var png = PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, 4);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
