/*
 * The floor of the rendering benchmark (probe.html?points=10000): the least WebGL work that shows
 * that many nodes — one draw call of round 8-pixel points on a full-window canvas, redrawn every
 * animation frame — with no library, no edges and no labels. Its frame time on a machine is the
 * best any graph renderer could do there; window.frames_ holds the frame timestamps.
 */

const count = Number(new URLSearchParams(location.search).get("points") ?? 10_000);
const canvas = document.getElementById("probe") as HTMLCanvasElement;
canvas.width = window.innerWidth;
canvas.height = window.innerHeight;
const gl = canvas.getContext("webgl2");
const stamps: number[] = [];
(window as unknown as { frames_: number[] }).frames_ = stamps;

function compile(type: number, source: string): WebGLShader {
  const shader = gl!.createShader(type)!;
  gl!.shaderSource(shader, source);
  gl!.compileShader(shader);
  return shader;
}

if (gl) {
  const program = gl.createProgram();
  gl.attachShader(program, compile(gl.VERTEX_SHADER, "#version 300 es\nin vec2 p;\nvoid main() { gl_Position = vec4(p, 0.0, 1.0); gl_PointSize = 8.0; }"));
  gl.attachShader(
    program,
    compile(gl.FRAGMENT_SHADER, "#version 300 es\nprecision mediump float;\nout vec4 o;\nvoid main() { vec2 d = gl_PointCoord - 0.5; if (dot(d, d) > 0.25) discard; o = vec4(0.2, 0.4, 0.8, 1.0); }"),
  );
  gl.linkProgram(program);
  gl.useProgram(program);
  // Seeded positions, so every run draws the same picture.
  let seed = 7;
  const positions = new Float32Array(count * 2).map(() => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return (seed / 4294967296) * 2 - 1;
  });
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ARRAY_BUFFER, positions, gl.STATIC_DRAW);
  gl.enableVertexAttribArray(0);
  gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
  const frame = (t: number) => {
    stamps.push(t);
    gl.clearColor(1, 1, 1, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.drawArrays(gl.POINTS, 0, count);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
export {};
