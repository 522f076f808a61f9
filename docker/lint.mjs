#!/usr/bin/env node
// Lints docker/ without a Docker engine (none runs on the development machines or in CI).
//
//   Dockerfiles   dockerlinter (hadolint-style best practices), dockerfile-utils (the parser and
//                 validator behind VS Code's Dockerfile support: instructions, flags, durations),
//                 and the project's rules below.
//   compose.yaml  the official Compose Specification JSON schema (as shipped in dclint's package),
//                 dclint's correctness rules, and the project's rules below.
//   nginx/*.conf  `nginx -t` on each rendered template, when an nginx binary is installed.
//
// Every finding fails the run. A deliberate exception is written next to the line it excuses
// (`# linter ignore=RULE` for dockerlinter, `# dclint disable-line RULE` for dclint), with a reason.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import dockerignore from '@balena/dockerignore';
import Ajv from 'ajv';
import { DCLinter } from 'dclint';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(import.meta.url);

/** Findings, printed as `path:line  [source] message`; any one fails the run. */
const problems = [];
function report(file, line, source, message) {
  problems.push({ file: relative(root, file), line, source, message });
}

// Image references: a tag that starts with a version number (postgres:17, v1.21, 22-bookworm-slim),
// so an image moves within one major version at most, never to whatever `latest` is.
const pinnedTag = /^v?\d+/;

const dockerfiles = readdirSync(here)
  .filter((name) => name.endsWith('.Dockerfile'))
  .map((name) => join(here, name));
const composeFile = join(here, 'compose.yaml');
const envExample = join(here, '.env.example');
const pnpmVersion = JSON.parse(read(join(root, 'package.json'))).packageManager.replace(
  /^pnpm@/,
  '',
);

const parsedDockerfiles = new Map(dockerfiles.map((file) => [file, parseStages(file)]));
for (const file of dockerfiles) {
  lintDockerfileWithDockerlinter(file);
  lintDockerfileWithDockerfileUtils(file);
  checkDockerfile(file, parsedDockerfiles.get(file));
  checkBuildContext(file, parsedDockerfiles.get(file));
}
const compose = lintCompose();
checkNginxTemplates(compose);

for (const { file, line, source, message } of problems) {
  console.error(`${file}:${line}  [${source}] ${message}`);
}
// Each Dockerfile and its ignore file, compose.yaml, .env.example, the nginx templates.
const checked = dockerfiles.length * 2 + 2 + readdirSync(join(here, 'nginx')).length;
console.log(
  `docker lint: ${checked} files checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
);
process.exit(problems.length === 0 ? 0 : 1);

// --- Dockerfiles ------------------------------------------------------------------------------

function lintDockerfileWithDockerlinter(file) {
  const bin = join(
    dirname(require.resolve('dockerlinter/package.json')),
    'bin',
    'dockerfilelinter.js',
  );
  // -s none: its ShellCheck pass needs a shellcheck binary, which the machines do not have.
  const run = spawnSync(process.execPath, [bin, '-f', file, '-s', 'none', '-j'], {
    encoding: 'utf8',
  });
  const output = run.stdout.trim();
  if (run.status !== 0 || (output !== '' && !output.startsWith('['))) {
    report(file, 1, 'dockerlinter', `did not run: ${(run.stderr || output).trim()}`);
    return;
  }
  for (const finding of output === '' ? [] : JSON.parse(output)) {
    report(file, finding.lineNumber, `dockerlinter ${finding.code}`, finding.message);
  }
}

function lintDockerfileWithDockerfileUtils(file) {
  for (const diagnostic of validateDockerfile(read(file))) {
    report(file, diagnostic.range.start.line + 1, 'dockerfile-utils', diagnostic.message);
  }
}

/** Instructions grouped by build stage, in order. */
function parseStages(file) {
  const stages = [];
  for (const instruction of DockerfileParser.parse(read(file)).getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      stages.push({ from: instruction, name: instruction.getBuildStage(), instructions: [] });
    } else if (stages.length > 0) {
      stages.at(-1).instructions.push(instruction);
    }
  }
  return stages;
}

function lineOf(instruction) {
  return instruction.getRange().start.line + 1;
}

function checkDockerfile(file, stages) {
  const stageNames = new Set();
  for (const { from, name } of stages) {
    const image = from.getImage() ?? '';
    if (!stageNames.has(image)) {
      const tag = from.getImageTag();
      if (image.includes('$')) {
        report(
          file,
          lineOf(from),
          'project',
          `FROM ${image}: name the image literally, so its pin can be checked`,
        );
      } else if (!tag || tag === 'latest' || !pinnedTag.test(tag)) {
        report(
          file,
          lineOf(from),
          'project',
          `FROM ${image}: pin the image to a version (at least its major), never latest`,
        );
      }
    }
    if (name) {
      stageNames.add(name);
    }
  }

  const final = stages.at(-1);
  if (!final) {
    report(file, 1, 'project', 'no FROM instruction');
    return;
  }
  const finalOf = (keyword) =>
    final.instructions.filter((instruction) => instruction.getKeyword() === keyword);
  const user = finalOf('USER').at(-1);
  const userName = user?.getArgumentsContent()?.split(':')[0];
  if (!user) {
    report(
      file,
      lineOf(final.from),
      'project',
      'the final stage sets no USER: run as a non-root user, said explicitly',
    );
  } else if (userName === 'root' || userName === '0') {
    report(file, lineOf(user), 'project', 'the final stage runs as root');
  }
  const healthcheck = finalOf('HEALTHCHECK').at(-1);
  if (!healthcheck || /^NONE$/i.test(healthcheck.getArgumentsContent() ?? '')) {
    report(file, lineOf(final.from), 'project', 'the final stage has no HEALTHCHECK');
  }
  if (finalOf('EXPOSE').length === 0) {
    report(file, lineOf(final.from), 'project', 'the final stage EXPOSEs no port');
  }

  // The pnpm a build installs is the one package.json pins (packageManager).
  for (const instruction of stages.flatMap((stage) => stage.instructions)) {
    for (const match of (instruction.getRawArgumentsContent() ?? '').matchAll(
      /\bpnpm@([\w.-]+)/g,
    )) {
      if (match[1] !== pnpmVersion) {
        report(
          file,
          lineOf(instruction),
          'project',
          `installs pnpm@${match[1]}, but package.json pins pnpm@${pnpmVersion}`,
        );
      }
    }
  }
}

/**
 * The build context is the repository root, filtered by BuildKit's per-Dockerfile ignore file
 * (`<name>.Dockerfile.dockerignore`). It must keep out what is installed, built or secret, let in
 * every file a COPY names, and let in every workspace manifest (`pnpm install --frozen-lockfile`
 * checks them all against the lockfile).
 */
function checkBuildContext(file, stages) {
  const ignoreFile = `${file}.dockerignore`;
  if (!existsSync(ignoreFile)) {
    report(
      file,
      1,
      'project',
      `no ${basename(ignoreFile)} beside it: the whole repository would be sent as the build context`,
    );
    return;
  }
  const ignored = dockerignore({ ignorecase: false }).add(read(ignoreFile));
  const isIgnored = (path) => ignored.ignores(path);

  for (const path of [
    'apps/api/node_modules/x',
    'node_modules/x',
    'apps/api/dist/main.js',
    '.git/HEAD',
    '.env',
    'docker/.env',
    '.data/x',
  ]) {
    if (!isIgnored(path)) {
      report(ignoreFile, 1, 'project', `${path} would be sent to the builder: exclude it`);
    }
  }
  for (const manifest of workspaceManifests()) {
    if (isIgnored(manifest)) {
      report(
        ignoreFile,
        1,
        'project',
        `${manifest} is excluded, but pnpm install --frozen-lockfile needs every workspace manifest`,
      );
    }
  }

  for (const instruction of stages.flatMap((stage) => stage.instructions)) {
    const keyword = instruction.getKeyword();
    if ((keyword !== 'COPY' && keyword !== 'ADD') || instruction.getFromFlag?.()) {
      continue;
    }
    const args = instruction.getArguments().map((argument) => argument.getValue());
    const sources = args.filter((value) => !value.startsWith('--')).slice(0, -1);
    for (const source of sources) {
      const path = source.replace(/^\.\//, '').replace(/\/$/, '');
      if (path === '.' || path === '' || /[*?[]/.test(path)) {
        continue;
      }
      if (!existsSync(join(root, path))) {
        report(
          file,
          lineOf(instruction),
          'project',
          `${keyword} ${source}: no such file in the repository`,
        );
      } else if (isIgnored(path)) {
        report(
          file,
          lineOf(instruction),
          'project',
          `${keyword} ${source}: excluded by ${basename(ignoreFile)}`,
        );
      }
    }
  }
}

/** The lockfile's inputs: root files and the package.json of every workspace package. */
function workspaceManifests() {
  const workspace = parseDocument(read(join(root, 'pnpm-workspace.yaml'))).toJS();
  const manifests = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc'].filter(
    (path) => existsSync(join(root, path)),
  );
  for (const pattern of workspace.packages ?? []) {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)))
          .map((name) => `${pattern.slice(0, -2)}/${name}`)
          .filter((dir) => statSync(join(root, dir)).isDirectory())
      : [pattern];
    manifests.push(
      ...dirs.map((dir) => `${dir}/package.json`).filter((path) => existsSync(join(root, path))),
    );
  }
  return manifests;
}

// --- compose.yaml -----------------------------------------------------------------------------

function lintCompose() {
  const source = read(composeFile);
  // Compose resolves YAML merge keys (`<<: *anchor`); YAML 1.2 needs them asked for.
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { merge: true, lineCounter });
  for (const error of [...document.errors, ...document.warnings]) {
    report(composeFile, error.linePos?.[0]?.line ?? 1, 'yaml', error.message);
  }
  if (document.errors.length > 0) {
    return undefined;
  }
  const compose = document.toJS();
  /** The line of the deepest key on `path` written in the file (merged keys: their parent's). */
  const lineOf = (path) => {
    let node = document.contents;
    let line = 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => String(item.key?.value ?? item.key) === String(segment),
        );
        if (!pair) {
          break;
        }
        line = lineCounter.linePos(pair.key.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && node.items[Number(segment)]) {
        node = node.items[Number(segment)];
        line = lineCounter.linePos(node.range[0]).line;
      } else {
        break;
      }
    }
    return line;
  };

  // 1. The Compose Specification's own JSON schema (compose-spec/compose-spec schema/compose-spec.json).
  const schemaFile = join(
    dirname(require.resolve('dclint/package.json')),
    'schemas',
    'compose.schema.json',
  );
  // It is draft-07, Ajv's default dialect, but names its meta-schema by an https URI that Ajv
  // registers as http: check the dialect here and let Ajv use its own copy.
  const { $schema: dialect, ...schema } = JSON.parse(read(schemaFile));
  const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(
    schema,
  );
  if (!/json-schema\.org\/draft-07\/schema/.test(dialect)) {
    report(schemaFile, 1, 'compose-spec', `expected a draft-07 schema, found ${dialect}`);
  } else if (!validate(compose)) {
    for (const error of validate.errors) {
      const path = error.instancePath
        .split('/')
        .slice(1)
        .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
      const extra = error.params?.additionalProperty;
      const where = `${error.instancePath || '/'}${extra ? `/${extra}` : ''}`;
      report(
        composeFile,
        lineOf(extra ? [...path, extra] : path),
        'compose-spec',
        `${where}: ${error.message}`,
      );
    }
  }

  // 2. dclint's correctness rules. Its ordering rules are off: services and keys are in the order
  //    they start (storage, search, mail, migration, API, UIs, ingress). no-build-and-image is off:
  //    built images are tagged on purpose, so the migration runs the very image the API runs.
  const linter = new DCLinter({
    rules: {
      'no-build-and-image': 0,
      'service-keys-order': 0,
      'services-alphabetical-order': 0,
      'service-dependencies-alphabetical-order': 0,
      'service-ports-alphabetical-order': 0,
      'top-level-properties-order': 0,
      'require-quotes-in-ports': [2, { quoteType: 'single' }],
      'no-unbound-port-interfaces': 2,
      'service-image-require-explicit-tag': 2,
    },
    quiet: false,
    debug: false,
    exclude: [],
  });
  for (const result of linter.lintFiles([composeFile], false)) {
    for (const message of result.messages) {
      // The schema and YAML checks above report these, with every error rather than the first.
      if (message.rule !== 'invalid-schema' && message.rule !== 'invalid-yaml') {
        report(composeFile, message.line, `dclint ${message.rule}`, message.message);
      }
    }
  }

  checkComposeServices(compose, lineOf);
  checkComposeVariables(source);
  return compose;
}

/** The Dockerfile a compose service builds, if it builds one. */
function dockerfileOf(service) {
  if (!service.build) {
    return undefined;
  }
  const build = typeof service.build === 'string' ? { context: service.build } : service.build;
  return resolve(here, build.context ?? '.', build.dockerfile ?? 'Dockerfile');
}

function checkComposeServices(compose, lineOf) {
  const services = compose.services ?? {};
  const hasHealthcheck = (service) => {
    if (service.healthcheck) {
      return service.healthcheck.disable !== true;
    }
    const dockerfile = dockerfileOf(service);
    const stages = dockerfile && parsedDockerfiles.get(dockerfile);
    return Boolean(
      stages
        ?.at(-1)
        ?.instructions.some((instruction) => instruction.getKeyword() === 'HEALTHCHECK'),
    );
  };
  const isOneShot = (service) => service.restart === 'no' || service.restart === false;
  const dependsOnOf = (service) =>
    Array.isArray(service.depends_on)
      ? Object.fromEntries(
          service.depends_on.map((dependency) => [dependency, { condition: 'service_started' }]),
        )
      : (service.depends_on ?? {});

  for (const [name, service] of Object.entries(services)) {
    const line = lineOf(['services', name]);
    checkShutdownAndReplicas(name, service, line, isOneShot(service));
    const dockerfile = dockerfileOf(service);
    if (dockerfile) {
      if (!existsSync(dockerfile)) {
        report(
          composeFile,
          line,
          'project',
          `${name}: builds ${relative(root, dockerfile)}, which does not exist`,
        );
      }
    } else {
      const image = String(service.image ?? '');
      const tag = image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : '';
      if (image.includes('$') || !pinnedTag.test(tag)) {
        report(
          composeFile,
          line,
          'project',
          `${name}: image "${image}" must be pinned to a version (at least its major), never latest`,
        );
      }
    }
    if (!isOneShot(service) && !hasHealthcheck(service)) {
      report(
        composeFile,
        line,
        'project',
        `${name}: no healthcheck (in compose.yaml or its Dockerfile)`,
      );
    }
    for (const [dependency, { condition }] of Object.entries(dependsOnOf(service))) {
      const target = services[dependency];
      if (!target) {
        report(
          composeFile,
          line,
          'project',
          `${name}: depends on "${dependency}", which is not a service`,
        );
      } else if (condition === 'service_healthy' && !hasHealthcheck(target)) {
        report(
          composeFile,
          line,
          'project',
          `${name}: waits for "${dependency}" to be healthy, but it has no healthcheck`,
        );
      } else if (condition === 'service_completed_successfully' && !isOneShot(target)) {
        report(
          composeFile,
          line,
          'project',
          `${name}: waits for "${dependency}" to complete, but it restarts (set restart: "no")`,
        );
      }
    }
    for (const volume of service.volumes ?? []) {
      const hostPath =
        typeof volume === 'string'
          ? volume.split(':')[0]
          : volume.type === 'bind'
            ? volume.source
            : '';
      if (hostPath.startsWith('.') && !existsSync(resolve(here, hostPath))) {
        report(composeFile, line, 'project', `${name}: mounts ${hostPath}, which does not exist`);
      }
    }
  }

  // A dependency cycle would leave compose waiting forever.
  const done = new Set();
  const visit = (name, trail) => {
    if (trail.includes(name)) {
      report(
        composeFile,
        lineOf(['services', name]),
        'project',
        `depends_on cycle: ${[...trail.slice(trail.indexOf(name)), name].join(' -> ')}`,
      );
      return;
    }
    if (done.has(name) || !services[name]) {
      return;
    }
    for (const dependency of Object.keys(dependsOnOf(services[name]))) {
      visit(dependency, [...trail, name]);
    }
    done.add(name);
  };
  for (const name of Object.keys(services)) {
    visit(name, []);
  }
}

/**
 * A service that drains on SIGTERM (SHUTDOWN_TIMEOUT_SECONDS, then 2 s to give running jobs back)
 * must be given longer than that before Docker sends SIGKILL (stop_grace_period, 10 s unless set).
 * A service run as several replicas can have no fixed container name and no fixed host port.
 */
function checkShutdownAndReplicas(name, service, line, oneShot) {
  const timeout = environmentOf(service).SHUTDOWN_TIMEOUT_SECONDS;
  if (timeout !== undefined && !oneShot) {
    const grace = durationSeconds(String(service.stop_grace_period ?? '10s'));
    if (!Number.isFinite(Number(timeout))) {
      report(composeFile, line, 'project', `${name}: SHUTDOWN_TIMEOUT_SECONDS must be a number`);
    } else if (grace === undefined || grace <= Number(timeout) + 2) {
      report(
        composeFile,
        line,
        'project',
        `${name}: stop_grace_period (${service.stop_grace_period ?? '10s, the default'}) must exceed SHUTDOWN_TIMEOUT_SECONDS (${timeout} s) + 2 s, or Docker kills it mid-drain`,
      );
    }
  }
  const replicas = service.deploy?.replicas ?? 1;
  if (replicas > 1) {
    if (service.container_name) {
      report(
        composeFile,
        line,
        'project',
        `${name}: ${replicas} replicas cannot share a container_name`,
      );
    }
    const fixedHostPort = (service.ports ?? []).some((port) =>
      typeof port === 'object'
        ? port.published !== undefined
        : /^[^:]+:.+|^\d+:\d+/.test(String(port)),
    );
    if (fixedHostPort) {
      report(
        composeFile,
        line,
        'project',
        `${name}: ${replicas} replicas cannot publish one host port`,
      );
    }
  }
}

/** A compose duration (`35s`, `1m30s`, `500ms`) in seconds; undefined when it is not one. */
function durationSeconds(text) {
  const units = { h: 3600, m: 60, s: 1, ms: 0.001, us: 0.000001 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|us|h|m|s)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== text) {
    return undefined;
  }
  return parts.reduce((total, [, value, unit]) => total + Number(value) * units[unit], 0);
}

/**
 * Every ${VAR} has a default (${VAR:-x}) or stops compose with a message when unset (${VAR:?msg}),
 * and docker/.env.example documents exactly the variables compose.yaml reads, secrets left blank.
 */
function checkComposeVariables(source) {
  const used = new Set();
  source.split('\n').forEach((text, index) => {
    if (text.trimStart().startsWith('#')) {
      return;
    }
    for (const match of text.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}/g)) {
      const [, name, rest] = match;
      used.add(name);
      if (!/^:?[-?]/.test(rest)) {
        report(
          composeFile,
          index + 1,
          'project',
          `\${${name}} has neither a default (:-) nor a required message (:?)`,
        );
      }
    }
  });

  if (!existsSync(envExample)) {
    report(envExample, 1, 'project', 'missing: document the variables compose.yaml reads');
    return;
  }
  const documented = new Map();
  read(envExample)
    .split('\n')
    .forEach((text, index) => {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(text.trim());
      if (match) {
        documented.set(match[1], { value: match[2], line: index + 1 });
      }
    });
  for (const name of used) {
    if (!documented.has(name)) {
      report(envExample, 1, 'project', `${name} is read by compose.yaml but not documented here`);
    }
  }
  for (const [name, { value, line }] of documented) {
    if (!used.has(name)) {
      report(
        envExample,
        line,
        'project',
        `${name} is documented but compose.yaml does not read it`,
      );
    }
    if (/PASSWORD|SECRET|TOKEN|_KEY$/.test(name) && value !== '') {
      report(
        envExample,
        line,
        'project',
        `${name} holds a value: leave secrets blank in the example`,
      );
    }
  }
}

// --- nginx ------------------------------------------------------------------------------------

/**
 * Each nginx template is rendered at start-up by the image's entrypoint (envsubst, for the
 * variables set in the container's environment). Check that every ${VAR} in it is set wherever it
 * is used (an image's ENV, a compose service's environment), and run `nginx -t` on the result
 * when an nginx binary is installed here.
 */
function checkNginxTemplates(compose) {
  const services = Object.entries(compose?.services ?? {});
  const templateDir = '/etc/nginx/templates/';
  const uses = [];
  for (const [file, stages] of parsedDockerfiles) {
    const final = stages.at(-1)?.instructions ?? [];
    const imageEnv = {};
    for (const instruction of final.filter((each) => each.getKeyword() === 'ENV')) {
      for (const property of instruction.getProperties()) {
        imageEnv[property.getName()] = property.getValue() ?? '';
      }
    }
    for (const copy of final.filter(
      (each) => each.getKeyword() === 'COPY' && !each.getFromFlag(),
    )) {
      const args = copy
        .getArguments()
        .map((argument) => argument.getValue())
        .filter((value) => !value.startsWith('--'));
      if (!args.at(-1)?.startsWith(templateDir)) {
        continue;
      }
      const builtBy = services.filter(([, service]) => dockerfileOf(service) === file);
      for (const source of args.slice(0, -1)) {
        const template = resolve(root, source);
        uses.push({ template, where: basename(file), env: imageEnv });
        for (const [name, service] of builtBy) {
          uses.push({
            template,
            where: `compose service ${name}`,
            env: { ...imageEnv, ...environmentOf(service) },
          });
        }
      }
    }
  }
  for (const [name, service] of services) {
    for (const volume of service.volumes ?? []) {
      const [source, target] =
        typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target];
      if (target?.startsWith(templateDir) && source?.startsWith('.')) {
        uses.push({
          template: resolve(here, source),
          where: `compose service ${name}`,
          env: environmentOf(service),
        });
      }
    }
  }

  const nginx = ['nginx', '/usr/sbin/nginx'].find(
    (candidate) => spawnSync(candidate, ['-v']).status === 0,
  );
  for (const name of readdirSync(join(here, 'nginx')).filter((file) => file.endsWith('.conf'))) {
    const file = join(here, 'nginx', name);
    const usesOfFile = uses.filter((use) => use.template === file);
    if (usesOfFile.length === 0) {
      report(file, 1, 'project', 'not used as a template by any Dockerfile or compose service');
    }
    for (const { where, env } of usesOfFile) {
      // The entrypoint's 15-local-resolvers.envsh sets this from /etc/resolv.conf when asked to.
      const values = env.NGINX_ENTRYPOINT_LOCAL_RESOLVERS
        ? { NGINX_LOCAL_RESOLVERS: '127.0.0.11', ...env }
        : env;
      const rendered = read(file).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, variable) =>
        variable in values ? values[variable] : whole,
      );
      const unset = [...new Set(rendered.match(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g) ?? [])];
      if (unset.length > 0) {
        report(file, 1, 'project', `${unset.join(', ')} not set in the environment of ${where}`);
      } else if (nginx) {
        nginxTest(nginx, file, where, rendered);
      }
    }
  }
  if (!nginx) {
    console.log(
      'docker lint: no nginx binary here, so the rendered nginx/*.conf skip `nginx -t` (all else is checked)',
    );
  }
}

/** A compose service's environment, with ${VAR:-default} / ${VAR:?message} given a value. */
function environmentOf(service) {
  const environment = Array.isArray(service.environment)
    ? Object.fromEntries(
        service.environment.map((entry) => [
          entry.split('=')[0],
          entry.split('=').slice(1).join('='),
        ]),
      )
    : (service.environment ?? {});
  return Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      String(value ?? '').replace(
        /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*)|:?\?[^}]*)?\}/g,
        (_, fallback) => fallback ?? 'set',
      ),
    ]),
  );
}

function nginxTest(nginx, file, where, rendered) {
  const dir = mkdtempSync(join(tmpdir(), 'hub-nginx-'));
  try {
    writeFileSync(join(dir, 'default.conf'), rendered);
    writeFileSync(
      join(dir, 'nginx.conf'),
      [
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log;`,
        'events {}',
        'http {',
        '  access_log off;',
        `  client_body_temp_path ${dir}/client; proxy_temp_path ${dir}/proxy;`,
        `  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
        `  include ${dir}/default.conf;`,
        '}',
      ].join('\n'),
    );
    const run = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], {
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      report(
        file,
        1,
        'nginx -t',
        `as rendered for ${where}: ${run.stderr.trim().replaceAll(dir, '<rendered>')}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function read(file) {
  return readFileSync(file, 'utf8');
}
