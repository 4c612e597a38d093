// Preloaded into the AutoRest test server by `cargo xtask testserver`, into
// Spector's by `cargo xtask spector` and into Azurite by the tests of
// tests/azurite (`node --require`): the server listens on loopback only
// (the AutoRest package binds every interface), and exits as soon as xtask
// or the test binary goes away, however it ends (a failing test, Ctrl-C, a
// kill), because that process holds the other end of its stdin.
"use strict";
const net = require("net");

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (port, ...rest) {
  // A port without a host would mean every interface.
  if (typeof port === "number" && typeof rest[0] !== "string") {
    return listen.call(this, port, "127.0.0.1", ...rest);
  }
  return listen.call(this, port, ...rest);
};

process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
