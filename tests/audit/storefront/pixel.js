// A marketing tracker that does not wait for consent: it sets its cookie as soon as it loads.
document.cookie = "_fbp=fb.1.1764000000.123456789; max-age=" + 90 * 86400 + "; path=/";
