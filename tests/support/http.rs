//! A small HTTP/1.1 server on 127.0.0.1 for the tests that fetch links: it
//! never leaves the machine. Each route answers with a status, headers and
//! a body; `/redirect-loop` redirects to itself, `/endless` sends bytes until
//! the client hangs up, `/huge` says it is 100 MB and sends nothing, `/slow`
//! waits before it answers, `/hang` never does.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

/// One route's answer.
pub struct Reply {
    pub status: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn ok(content_type: &str, body: &[u8]) -> Self {
        Self {
            status: "200 OK",
            headers: vec![("Content-Type", content_type.to_string())],
            body: body.to_vec(),
        }
    }
}

/// Start a server whose routes `answer` decides (`None`: 404), return its
/// base address, `http://127.0.0.1:PORT`. Its threads end with the test binary.
pub fn serve(answer: fn(&str) -> Option<Reply>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || handle(stream, answer));
        }
    });
    base
}

fn handle(mut stream: TcpStream, answer: fn(&str) -> Option<Reply>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split(' ').nth(1).unwrap_or("/").to_string();
    match path.as_str() {
        "/redirect-loop" => {
            let _ = stream.write_all(
                b"HTTP/1.1 302 Found\r\nLocation: /redirect-loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
        "/endless" => {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body><p>");
            let chunk = "نص لا ينتهي ".repeat(1000);
            // Bounded too: 100 MB at most, far past the client's cap.
            for _ in 0..(100 << 20) / chunk.len() {
                if stream.write_all(chunk.as_bytes()).is_err() {
                    return;
                }
            }
        }
        // Says it is 100 MB and sends none of it: a client that reads the
        // body to find it too large waits for it.
        "/huge" => {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 104857600\r\nConnection: close\r\n\r\n");
            std::thread::sleep(Duration::from_secs(20));
        }
        // Taken and never answered (within any test's patience).
        "/hang" => std::thread::sleep(Duration::from_secs(120)),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(5));
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
        _ => {
            let reply = answer(&path).unwrap_or(Reply {
                status: "404 Not Found",
                headers: vec![("Content-Type", "text/html".to_string())],
                body: b"<html><body>not here</body></html>".to_vec(),
            });
            let mut head = format!(
                "HTTP/1.1 {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                reply.status,
                reply.body.len()
            );
            for (name, value) in &reply.headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream
                .write_all(head.as_bytes())
                .and_then(|()| stream.write_all(&reply.body));
        }
    }
}
