// What the kit keeps on the device, in IndexedDB: visits taken offline, sites with the member's draft
// and the server's last known copy, and photos until the server has all of their bytes.
const NAME = 'jesr-field-kit';
let opened;

function promised(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function db() {
  if (!opened) {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      const d = request.result;
      d.createObjectStore('visits', { keyPath: 'visitId' });
      d.createObjectStore('sites', { keyPath: 'id' }).createIndex('visit', 'visitId');
      d.createObjectStore('photos', { keyPath: 'id' }).createIndex('site', 'siteId');
    };
    opened = promised(request);
  }
  return opened;
}

async function store(name, mode = 'readonly') {
  return (await db()).transaction(name, mode).objectStore(name);
}

/** Resolves once the write is on disk (the transaction completed), not merely queued. */
export async function put(name, value) {
  const tx = (await db()).transaction(name, 'readwrite');
  tx.objectStore(name).put(value);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(value);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function get(name, key) {
  return promised((await store(name)).get(key));
}

export async function all(name) {
  return promised((await store(name)).getAll());
}

export async function byIndex(name, index, value) {
  return promised((await store(name)).index(index).getAll(value));
}
